package org.khabar.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option of the commands that read the shared data folder (a mixin). */
final class SharedDataOption {
  @Option(names = "--data", paramLabel = "DIR", description = "The shared data folder (default: ../shared/data).")
  Path data = SharedData.defaultDir();

  /** The ant-2018 corpus in the data folder. */
  Path ant2018() {
    return SharedData.ant2018(data);
  }
}
