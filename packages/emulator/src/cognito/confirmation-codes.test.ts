import { describe, expect, it } from "vitest";
import { ConfirmationCodeCapture } from "./confirmation-codes";

/** cognito-local's delivery box as it prints it (pino-pretty + boxen, with colour escapes). */
function deliveryBox(username: string, code: string, destination = `${username}@example.test`): string {
  return [
    "[1795485657517] \u001b[32mINFO\u001b[39m: \u001b[36mNONE NONE \u001b[33m╭──────────────────────────────╮\u001b[39m",
    "│                              │",
    "│   Confirmation Code Delivery │",
    "│                              │",
    `│   Username:    ${username}   │`,
    `│   Destination: ${destination} │`,
    `│   Code:        ${code}       │`,
    "│                              │",
    "\u001b[33m╰──────────────────────────────╯\u001b[39m\u001b[39m",
    "",
  ].join("\n");
}

describe("ConfirmationCodeCapture", () => {
  it("reads username, destination and code from a delivery box", () => {
    const capture = new ConfirmationCodeCapture();
    capture.feed(deliveryBox("carol", "123456"));
    expect(capture.all()).toEqual([{ username: "carol", code: "123456", destination: "carol@example.test" }]);
  });

  it("assembles a box split across chunks at any point", () => {
    const text = deliveryBox("bob", "654321");
    for (let cut = 1; cut < text.length; cut += 7) {
      const capture = new ConfirmationCodeCapture();
      capture.feed(text.slice(0, cut));
      capture.feed(text.slice(cut));
      expect(capture.latest("bob")).toBe("654321");
      expect(capture.all()).toHaveLength(1);
    }
  });

  it("assembles boxes from byte chunks split inside multi-byte characters, and loses none of a run", () => {
    const bytes = Buffer.from(deliveryBox("dan", "111111") + deliveryBox("eve", "222222"), "utf8");
    const corner = bytes.indexOf(Buffer.from("╰", "utf8"));
    for (const cut of [corner + 1, corner + 2, ...Array.from({ length: 40 }, (_, i) => 1 + i * 17)]) {
      const capture = new ConfirmationCodeCapture();
      capture.feedBytes(bytes.subarray(0, cut));
      // The first box is complete as soon as its last byte is in.
      if (cut > bytes.indexOf(Buffer.from("╯", "utf8")) + 3) expect(capture.latest("dan")).toBe("111111");
      capture.feedBytes(bytes.subarray(cut));
      expect(capture.all().map((c) => [c.username, c.code])).toEqual([["dan", "111111"], ["eve", "222222"]]);
    }
  });

  it("strips a colour escape split across chunks", () => {
    const text = deliveryBox("fay", "333333");
    const escape = text.indexOf("\u001b[33m╰");
    const capture = new ConfirmationCodeCapture();
    capture.feed(text.slice(0, escape + 2));
    capture.feed(text.slice(escape + 2));
    expect(capture.latest("fay")).toBe("333333");
  });

  it("returns the newest code per user and tells listeners", () => {
    const capture = new ConfirmationCodeCapture();
    const heard: string[] = [];
    capture.onCode((code) => heard.push(`${code.username}:${code.code}`));
    capture.feed(deliveryBox("bob", "111111") + "some other log line\n" + deliveryBox("eve", "222222"));
    capture.feed(deliveryBox("bob", "333333"));
    expect(capture.latest("bob")).toBe("333333");
    expect(capture.latest("eve")).toBe("222222");
    expect(capture.latest("nobody")).toBeUndefined();
    expect(heard).toEqual(["bob:111111", "eve:222222", "bob:333333"]);
  });

  it("ignores ordinary log lines", () => {
    const capture = new ConfirmationCodeCapture();
    capture.feed("INFO Cognito Local running on http://127.0.0.1:1234\nCode: 999999\n");
    expect(capture.all()).toEqual([]);
  });
});
