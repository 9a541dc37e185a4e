package org.khabar.cli;

import picocli.CommandLine.Command;

/** Training commands: rebuild khabar's shipped models from {@code ../shared/data}. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = "Rebuild a shipped model from the shared data sets.",
    subcommands = {
      TrainClustersCommand.class,
      TrainNerCommand.class,
    })
final class TrainCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
