package org.khabar.cli;

import picocli.CommandLine.Command;

/** Evaluation commands: each prints its figures one a line as {@code name: value}. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Measure quality on held-out data; prints one `name: value` figure a line.",
    subcommands = {
      EvalActorsCommand.class,
      EvalClustersCommand.class,
      EvalNerCommand.class,
      EvalPubdateCommand.class,
      EvalQuotesCommand.class,
      EvalStanceCommand.class,
      EvalStemsCommand.class,
      EvalStructureCommand.class,
      EvalTimeCommand.class,
    })
final class EvalCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
