package org.khabar.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the CLI in-process, as a user would from a shell, and keeps what it printed. */
record Cli(int code, String out, String err) {
  static Cli run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Cli(code, out.toString(), err.toString());
  }
}
