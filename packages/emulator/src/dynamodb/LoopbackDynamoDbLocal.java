// Starts DynamoDB Local bound to 127.0.0.1 only. DynamoDB Local has no host flag and listens on
// every interface; this launcher builds the server the way its own main() does, then sets the host
// of each Jetty connector before start(), so a dev machine never exposes an unauthenticated database.
// Run as a single-file source program: java -cp DynamoDBLocal.jar:DynamoDBLocal_lib/* LoopbackDynamoDbLocal.java <args>
import java.lang.reflect.Field;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

public class LoopbackDynamoDbLocal {
  public static void main(String[] args) throws Exception {
    DynamoDBProxyServer proxy = ServerRunner.createServerFromCommandLineArgs(args);
    Field serverField = DynamoDBProxyServer.class.getDeclaredField("server");
    serverField.setAccessible(true);
    Server server = (Server) serverField.get(proxy);
    for (Connector connector : server.getConnectors()) {
      if (connector instanceof ServerConnector serverConnector) {
        serverConnector.setHost("127.0.0.1");
      }
    }
    proxy.start();
    if (Boolean.getBoolean("linkgate.lifeline")) exitWhenParentDies();
    System.out.println("LINKGATE_DYNAMODB_READY");
    proxy.join();
  }

  // With -Dlinkgate.lifeline=true the stack spawns us with a lifeline: a stdin pipe it never writes to. End-of-file means the stack
  // died, even by SIGKILL, so exit rather than linger as an orphan holding the port and the data.
  private static void exitWhenParentDies() {
    Thread watcher = new Thread(() -> {
      try {
        while (System.in.read() != -1) {
          // Nothing is ever sent; keep reading until the pipe closes.
        }
      } catch (java.io.IOException ignored) {
        // A broken pipe means the same as end-of-file.
      }
      System.exit(0);
    }, "linkgate-lifeline");
    watcher.setDaemon(true);
    watcher.start();
  }
}
