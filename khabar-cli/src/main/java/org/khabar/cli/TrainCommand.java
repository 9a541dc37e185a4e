package org.khabar.cli;

import picocli.CommandLine.Command;

/** Training commands: each rebuilds a shipped model or table from data. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = "Rebuild a shipped model or table from data.",
    subcommands = {
      IdfTrainCommand.class,
      StanceTrainCommand.class,
    })
final class TrainCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
