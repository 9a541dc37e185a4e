package org.khabar.cli;

import picocli.CommandLine.Command;

/** The top-level command; each task is a subcommand. */
@Command(
    name = "khabar",
    mixinStandardHelpOptions = true,
    version = "khabar 0.1.0 (output contract khabar/1)",
    description = "Turns raw scraped Arabic news into structured records and a cross-source picture.",
    subcommands = {
      AnalyzeCommand.class,
      DemoCommand.class,
      EvalCommand.class,
      BenchCommand.class,
      TrainCommand.class,
    })
final class KhabarCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
