import type { Probes } from "./probes";

/** A stand-in for the machine in unit tests: files, a user id, and apt-get that installs files. */
export interface FakeMachine extends Probes {
  readonly files: Set<string>;
  /** Every command run, as one string (`DEBIAN_FRONTEND=noninteractive apt-get update`). */
  readonly commands: string[];
  readonly lines: string[];
  playwrightAsked: number;
}

export interface FakeMachineOptions {
  files?: string[];
  env?: Record<string, string>;
  uid?: number;
  nodeVersion?: string;
  /** What playwright-core's `chromium.executablePath()` answers. */
  playwright?: string;
  /** Files each apt package brings when `apt-get install` runs. */
  aptPackages?: Record<string, string[]>;
  /** Exit status per command line (default 0). */
  exitStatus?: Record<string, number>;
}

export function fakeMachine(options: FakeMachineOptions = {}): FakeMachine {
  const machine: FakeMachine = {
    files: new Set(options.files ?? []),
    commands: [],
    lines: [],
    playwrightAsked: 0,
    env: { PATH: "/usr/local/bin:/usr/bin:/bin", ...options.env },
    nodeVersion: options.nodeVersion ?? "22.23.3",
    isExecutable: (path) => machine.files.has(path),
    playwrightChromium() {
      machine.playwrightAsked += 1;
      return options.playwright;
    },
    uid: () => options.uid ?? 1000,
    run(command, args, env) {
      const line = [...Object.entries(env ?? {}).map(([name, value]) => `${name}=${value}`), command, ...args].join(" ");
      machine.commands.push(line);
      const status = options.exitStatus?.[[command, ...args].join(" ")] ?? 0;
      if (status === 0 && command === "apt-get" && args[0] === "install") {
        for (const name of args.filter((arg) => !arg.startsWith("-")).slice(1)) {
          for (const file of options.aptPackages?.[name] ?? []) machine.files.add(file);
        }
      }
      return status;
    },
    log: (line) => void machine.lines.push(line),
  };
  return machine;
}
