package org.khabar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** The corpus training commands share the {@code --data DIR} / {@code --corpus FILE} options and their defaults. */
class TrainCorpusOptionsTest {
  static Stream<Arguments> commands() {
    return Stream.of(
        Arguments.of(new TrainClustersCommand(), (Function<Object, CorpusOptions>) c -> ((TrainClustersCommand) c).input),
        Arguments.of(new TrainContextsCommand(), (Function<Object, CorpusOptions>) c -> ((TrainContextsCommand) c).input),
        Arguments.of(new TrainVectorsCommand(), (Function<Object, CorpusOptions>) c -> ((TrainVectorsCommand) c).input));
  }

  @ParameterizedTest
  @MethodSource("commands")
  void withNoOptionTheCorpusIsTheSharedAnt2018(Object command, Function<Object, CorpusOptions> input) {
    new CommandLine(command).parseArgs();
    assertEquals(SharedData.ant2018(), input.apply(command).file());
  }

  @ParameterizedTest
  @MethodSource("commands")
  void dataNamesTheFolderOfTheDefaultCorpus(Object command, Function<Object, CorpusOptions> input) {
    new CommandLine(command).parseArgs("--data", "some/dir");
    assertEquals(Path.of("some/dir/ant-2018/ant-2018.jsonl.gz"), input.apply(command).file());
  }

  @ParameterizedTest
  @MethodSource("commands")
  void corpusWinsOverData(Object command, Function<Object, CorpusOptions> input) {
    new CommandLine(command).parseArgs("--data", "some/dir", "--corpus", "other/c.jsonl");
    assertEquals(Path.of("other/c.jsonl"), input.apply(command).file());
  }

  @ParameterizedTest
  @MethodSource("commands")
  void helpStillListsBothOptions(Object command, Function<Object, CorpusOptions> input) {
    String help = new CommandLine(command).setUsageHelpWidth(300).getUsageMessage(CommandLine.Help.Ansi.OFF);
    assertTrue(help.contains("--data=DIR") && help.contains("The shared data folder (default: ../shared/data)."), help);
    assertTrue(help.contains("--corpus=FILE") && help.contains("A JSONL corpus (default: DATA/ant-2018/ant-2018.jsonl.gz)."),
        help);
  }

  @org.junit.jupiter.api.Test
  void lexiconTakesTheSameDataFolder() {
    TrainLexiconCommand c = new TrainLexiconCommand();
    new CommandLine(c).parseArgs("--data", "some/dir");
    assertEquals(Path.of("some/dir"), c.shared.data);
    assertEquals(Path.of("some/dir/ant-2018/ant-2018.jsonl.gz"), c.shared.ant2018());
  }
}
