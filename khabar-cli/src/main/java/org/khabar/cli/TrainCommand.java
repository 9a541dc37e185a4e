package org.khabar.cli;

import picocli.CommandLine.Command;

/** Training commands: each rebuilds a model or knowledge file that khabar ships, from the shared data sets. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = "Rebuild a shipped model or knowledge file from the data sets in ../shared/data.",
    subcommands = {
      TrainClustersCommand.class,
      TrainContextsCommand.class,
      TrainIdfCommand.class,
      TrainLexiconCommand.class,
      TrainNerCommand.class,
      TrainNerNeuralCommand.class,
      TrainStanceCommand.class,
      TrainStructureCommand.class,
      TrainVectorsCommand.class,
    })
final class TrainCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
