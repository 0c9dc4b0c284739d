package dev.altlas.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The module rules of docs/adr/0002: the model is plain Java; core holds the ports and knows no
 * framework or adapter; adapters and planners know core but not each other; only the CLI (and later
 * the server) knows everything.
 */
@AnalyzeClasses(packages = "dev.altlas", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleRulesTest {
  private static final String[] CORE = {
    "dev.altlas.model..", "dev.altlas.catalog..", "dev.altlas.plan..", "dev.altlas.format..",
    "dev.altlas.run..", "dev.altlas.task..", "dev.altlas.ai..", "dev.altlas.bus",
    "dev.altlas.archive"
  };

  @ArchTest
  static final ArchRule modelIsPlainJava =
      classes()
          .that()
          .resideInAPackage("dev.altlas.model..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("java..", "dev.altlas.model..")
          .as("the model records depend on nothing but the JDK");

  @ArchTest
  static final ArchRule coreKnowsNoFrameworkAndNoOuterModule =
      classes()
          .that()
          .resideInAnyPackage(CORE)
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "java..",
              "dev.altlas.model..",
              "dev.altlas.catalog..",
              "dev.altlas.plan..",
              "dev.altlas.format..",
              "dev.altlas.run..",
              "dev.altlas.task..",
              "dev.altlas.ai..",
              "dev.altlas.bus",
              "dev.altlas.archive",
              "tools.jackson..",
              "com.fasterxml.jackson.annotation..",
              "com.networknt.schema..")
          .as(
              "core (model, catalog, ports, formats) uses only the JDK, Jackson and the schema validator");

  @ArchTest
  static final ArchRule segmentationAndLegacyImportAreIndependent =
      slices()
          .matching("dev.altlas.(segmentation|legacy)..")
          .should()
          .notDependOnEachOther()
          .as("segmentation and legacy import do not know each other");

  @ArchTest
  static final ArchRule onlyTheCliKnowsPicocli =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.altlas.cli..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("picocli..")
          .as("only the CLI module knows picocli");

  @ArchTest
  static final ArchRule nothingDependsOnTheCli =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.altlas.cli..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("dev.altlas.cli..")
          .as("the CLI is the outermost module");

  @ArchTest
  static final ArchRule coreDoesNotReachOut =
      noClasses()
          .that()
          .resideInAnyPackage(CORE)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "dev.altlas.segmentation..",
              "dev.altlas.legacy..",
              "dev.altlas.cli..",
              "dev.altlas.engine..",
              "dev.altlas.store..",
              "dev.altlas.bus.inprocess..",
              "dev.altlas.tasks..",
              "dev.altlas.orchestrator..",
              "dev.altlas.search..",
              "dev.altlas.archiving..")
          .as("core depends on no outer module");

  @ArchTest
  static final ArchRule theEngineKnowsPortsNotAdapters =
      noClasses()
          .that()
          .resideInAPackage("dev.altlas.engine..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "dev.altlas.store..",
              "dev.altlas.bus.inprocess..",
              "dev.altlas.tasks..",
              "dev.altlas.orchestrator..",
              "dev.altlas.search..",
              "dev.altlas.archiving..",
              "dev.altlas.cli..")
          .as("the engine talks to stores, buses, handlers and models only through core's ports");

  @ArchTest
  static final ArchRule theArchiveRoleKnowsPortsNotAdapters =
      noClasses()
          .that()
          .resideInAPackage("dev.altlas.archiving..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "dev.altlas.store..",
              "dev.altlas.search..",
              "dev.altlas.bus.inprocess..",
              "dev.altlas.tasks..",
              "dev.altlas.orchestrator..",
              "dev.altlas.engine..",
              "dev.altlas.segmentation..",
              "dev.altlas.cli..")
          .as(
              "the archive role reaches stores, indexes, buses and models only through core's ports");

  @ArchTest
  static final ArchRule adaptersDoNotKnowEachOther =
      slices()
          .matching("dev.altlas.(store|bus.inprocess|tasks|orchestrator|search)..")
          .should()
          .notDependOnEachOther()
          .as("each adapter stands alone behind its port");

  @ArchTest
  static final ArchRule searchAdaptersDoNotKnowEachOther =
      slices()
          .matching("dev.altlas.search.(*)..")
          .should()
          .notDependOnEachOther()
          .as("the Lucene and OpenSearch adapters stand alone behind SearchIndex");

  @ArchTest
  static final ArchRule onlyTestsKnowTheTestKit =
      noClasses()
          .that()
          .resideOutsideOfPackages("dev.altlas.testkit..", "dev.altlas.bench..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("dev.altlas.testkit..")
          .as("the test kit (contracts, fixtures, test servers) serves tests and benchmarks only");

  @ArchTest
  static final ArchRule packagesHaveNoCycles =
      slices().matching("dev.altlas.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule namesSayWhatAThingIs =
      noClasses()
          .should()
          .haveSimpleNameEndingWith("Manager")
          .orShould()
          .haveSimpleNameEndingWith("Helper")
          .orShould()
          .haveSimpleNameEndingWith("Util")
          .orShould()
          .haveSimpleNameEndingWith("Utils")
          .as("no Manager, Helper or Util classes: names say what a thing is");
}
