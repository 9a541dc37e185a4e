package org.khabar.cli;

import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The corpus a training command reads: {@code --corpus FILE}, else the ant-2018 corpus of the {@code --data DIR}
 * folder (a mixin, shared by {@code train clusters}, {@code train contexts} and {@code train vectors}).
 */
final class CorpusOptions {
  @Mixin SharedDataOption data;

  @Option(names = "--corpus", paramLabel = "FILE", description = "A JSONL corpus (default: DATA/ant-2018/ant-2018.jsonl.gz).")
  Path corpus;

  /** The corpus file: {@code --corpus}, else {@code DATA/ant-2018/ant-2018.jsonl.gz}. */
  Path file() {
    return corpus != null ? corpus : data.ant2018();
  }

  /** The corpus as a trained file's header names it: ant-2018, its licence and the file's name. */
  String source() {
    return "ant-2018 (Chouigui et al., ANT corpus v2.1, Apache-2.0), " + file().getFileName();
  }
}
