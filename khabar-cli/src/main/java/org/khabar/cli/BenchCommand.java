package org.khabar.cli;

import picocli.CommandLine.Command;

/** Benchmark commands: each prints its figures one a line as {@code name: value}. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measure speed and memory on a corpus; prints one `name: value` figure a line.",
    subcommands = {
      BenchClaimsCommand.class,
      BenchClustersCommand.class,
      BenchEntitiesCommand.class,
      BenchIngestCommand.class,
      BenchNerCommand.class,
      BenchStructureCommand.class,
      BenchTextCommand.class,
      BenchTimeCommand.class,
    })
final class BenchCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
