package org.khabar.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** The {@code khabar} command. {@code main} only hands off to {@link #run}, which tests call directly. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err));
  }

  /**
   * Runs one command.
   *
   * @return the exit code: 0 on success, 1 when nothing could be read or the command failed, 2 on a usage error
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new KhabarCommand());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("khabar: " + e.getMessage());
      return 1;
    });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }
}
