package harbinger;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Dependency rules for the model and core modules (CONVENTIONS C1): the domain packages stay free of heavy or
 * outer-layer libraries, and nothing here knows the CLI or the CoreNLP adapter. The rule that only
 * {@code harbinger.nlp.corenlp} imports {@code edu.stanford} lives in harbinger-app, where every module is on the
 * classpath.
 */
@AnalyzeClasses(packages = "harbinger", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {
  private static final String[] HEAVY_OR_OUTER = {"edu.stanford..", "org.apache.spark..", "io.javalin..", "java.sql..",
      "picocli.."};

  @ArchTest
  static final ArchRule domainPackagesDependOnNoHeavyLibrary = noClasses()
      .that().resideInAnyPackage("harbinger.coding..", "harbinger.lexicon..", "harbinger.ontology..",
          "harbinger.actors..", "harbinger.model..")
      .should().dependOnClassesThat().resideInAnyPackage(HEAVY_OR_OUTER)
      .because("coding and its data are pure and must run without CoreNLP, Spark, HTTP, JDBC or the CLI (C1)");

  @ArchTest
  static final ArchRule coreAndModelKnowNeitherCliNorAdapter = noClasses()
      .that().resideInAPackage("harbinger..")
      .should().dependOnClassesThat().resideInAnyPackage("harbinger.cli..", "harbinger.nlp.corenlp..")
      .because("dependencies point from the app and the adapter to the core, never back (C1)");

  @ArchTest
  static final ArchRule modelDependsOnNoOtherHarbingerPackage = noClasses()
      .that().resideInAPackage("harbinger.model..")
      .should().dependOnClassesThat().resideInAnyPackage("harbinger.coding..", "harbinger.lexicon..",
          "harbinger.ontology..", "harbinger.actors..", "harbinger.ingest..", "harbinger.nlp..", "harbinger.output..",
          "harbinger.pipeline..", "harbinger.data..", "harbinger.error..")
      .because("harbinger-model holds records only and depends on nothing else of Harbinger");

  @ArchTest
  static final ArchRule coderDoesNoIo = noClasses()
      .that().resideInAPackage("harbinger.coding")
      .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.net..", "harbinger.ingest..",
          "harbinger.output..", "harbinger.pipeline..")
      .because("the coder is pure: no I/O, and it does not know the stages around it (package-info of coding); "
          + "harbinger.coding.expect, which reads expectation files, is outside this rule");
}
