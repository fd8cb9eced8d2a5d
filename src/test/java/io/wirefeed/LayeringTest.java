package io.wirefeed;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The floors of the house: data flows one way, from bytes (parse) through normalizing and hashing
 * to Kafka (topology, runtime) and the commands on top (cli). A change that breaks one of these is
 * a change of design, to be made here on purpose.
 */
class LayeringTest {

  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.wirefeed");

  /** Parsing, the parsed-story model, normalizing and similarity are pure: values in and out. */
  private static final String[] PURE = {
    "io.wirefeed.story..", "io.wirefeed.parse..", "io.wirefeed.normalize..", "io.wirefeed.link.."
  };

  @Test
  void pureCodeKnowsNoKafkaNorAvro() {
    noClasses()
        .that()
        .resideInAnyPackage(PURE)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.kafka..", "org.apache.avro..", "io.wirefeed.avro..")
        .because("parsers and the hash are pure functions, testable without a broker")
        .check(MAIN);
  }

  @Test
  void pureCodeDependsOnlyOnPureCode() {
    classes()
        .that()
        .resideInAnyPackage(PURE)
        .should()
        .onlyDependOnClassesThat(
            resideOutsideOfPackage("io.wirefeed..").or(resideInAnyPackage(PURE)))
        .check(MAIN);
  }

  @Test
  void theStoryModelStandsOnItsOwn() {
    noClasses()
        .that()
        .resideInAPackage("io.wirefeed.story..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.wirefeed.parse..", "io.wirefeed.normalize..", "io.wirefeed.link..")
        .check(MAIN);
  }

  /** Bytes are framed and decoded, then read as text or XML, then as one wire format. */
  @Test
  void parseLayersPointDownOnly() {
    slices().matching("io.wirefeed.parse.(*)..").should().beFreeOfCycles().check(MAIN);
    noClasses()
        .that()
        .resideInAnyPackage(
            "io.wirefeed.parse.text..",
            "io.wirefeed.parse.framing..",
            "io.wirefeed.parse.xml..",
            "io.wirefeed.parse.format..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.wirefeed.parse")
        .because("io.wirefeed.parse holds the pipeline that uses them all")
        .check(MAIN);
  }

  @Test
  void parseDoesNotReachUp() {
    noClasses()
        .that()
        .resideInAPackage("io.wirefeed.parse..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.wirefeed.normalize..", "io.wirefeed.link..")
        .check(MAIN);
  }

  @Test
  void serdeIsALeaf() {
    noClasses()
        .that()
        .resideInAPackage("io.wirefeed.serde..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.wirefeed.parse..",
            "io.wirefeed.normalize..",
            "io.wirefeed.topology..",
            "io.wirefeed.dedup..",
            "io.wirefeed.config..",
            "io.wirefeed.runtime..",
            "io.wirefeed.embedded..",
            "io.wirefeed.cli..",
            "io.wirefeed.bench..")
        .because("the Confluent wire format and registry client stand on their own")
        .check(MAIN);
  }

  @Test
  void topologyIsAPureFunctionOfItsConfig() {
    noClasses()
        .that()
        .resideInAPackage("io.wirefeed.topology..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.wirefeed.cli..",
            "io.wirefeed.bench..",
            "io.wirefeed.embedded..",
            "io.wirefeed.runtime..",
            "io.wirefeed.config..")
        .because("the topology is built from a TopologyConfig alone")
        .check(MAIN);
  }

  @Test
  void onlyTheCommandsUseTheBench() {
    noClasses()
        .that()
        .resideOutsideOfPackages("io.wirefeed.bench..", "io.wirefeed.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.wirefeed.bench..")
        .check(MAIN);
  }

  @Test
  void nothingDependsOnTheCommands() {
    noClasses()
        .that()
        .resideOutsideOfPackage("io.wirefeed.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.wirefeed.cli..")
        .check(MAIN);
  }

  @Test
  void noCyclesBetweenPackages() {
    slices().matching("io.wirefeed.(*)..").should().beFreeOfCycles().check(MAIN);
  }
}
