package org.khabar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code train ner} takes the shared data folder from the {@link SharedDataOption} mixin. */
class TrainNerOptionsTest {
  @Test
  void withNoOptionTheDataFolderIsTheSharedOne() {
    TrainNerCommand c = new TrainNerCommand();
    new CommandLine(c).parseArgs();
    assertEquals(SharedData.defaultDir(), c.shared.data);
  }

  @Test
  void dataNamesTheFolderAndItsCorpus() {
    TrainNerCommand c = new TrainNerCommand();
    new CommandLine(c).parseArgs("--data", "some/dir");
    assertEquals(Path.of("some/dir"), c.shared.data);
    assertEquals(Path.of("some/dir/ant-2018/ant-2018.jsonl.gz"), c.shared.ant2018());
  }

  @Test
  void helpStillListsTheOption() {
    String help = new CommandLine(new TrainNerCommand()).setUsageHelpWidth(300).getUsageMessage(CommandLine.Help.Ansi.OFF);
    assertTrue(help.contains("--data=DIR") && help.contains("The shared data folder (default: ../shared/data)."), help);
  }
}
