package org.khabar.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** The inputs and worker threads of a corpus run, shared by {@code analyze} and {@code bench ingest} (a mixin). */
final class RunOptions {
  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to read.")
  List<Path> inputs;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  /** Rejects options no run can use, as picocli's usage errors. */
  void validate(CommandSpec spec) {
    if (threads < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
    }
  }
}
