package harbinger;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Dependency rules that need every module on the classpath (CONVENTIONS C1, C5): only the CoreNLP adapter
 * imports CoreNLP, only the CLI imports picocli, and the core and model packages know neither. The rules
 * within harbinger-core and harbinger-model are in harbinger-core's {@code LayeringTest}.
 */
@AnalyzeClasses(packages = "harbinger", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleLayeringTest {
  private static final String[] CORE_AND_MODEL = {"harbinger.model..", "harbinger.coding..", "harbinger.lexicon..",
      "harbinger.ontology..", "harbinger.actors..", "harbinger.ingest..", "harbinger.nlp", "harbinger.output..",
      "harbinger.pipeline..", "harbinger.data..", "harbinger.error.."};

  @ArchTest
  static final ArchRule onlyTheAdapterImportsCoreNlp = noClasses()
      .that().resideInAPackage("harbinger..").and().resideOutsideOfPackage("harbinger.nlp.corenlp..")
      .should().dependOnClassesThat().resideInAPackage("edu.stanford..")
      .because("CoreNLP sits behind the NlpAnnotator port; harbinger-corenlp is the only module importing it (C5)");

  @ArchTest
  static final ArchRule onlyTheCliImportsPicocli = noClasses()
      .that().resideInAPackage("harbinger..").and().resideOutsideOfPackage("harbinger.cli..")
      .should().dependOnClassesThat().resideInAPackage("picocli..")
      .because("the command line is a thin adapter in harbinger-app (C14)");

  @ArchTest
  static final ArchRule coreKnowsNeitherCliNorAdapter = noClasses()
      .that().resideInAnyPackage(CORE_AND_MODEL)
      .should().dependOnClassesThat().resideInAnyPackage("harbinger.cli..", "harbinger.nlp.corenlp..")
      .because("dependencies point from the app and the adapter to the core, never back (C1)");

  @ArchTest
  static final ArchRule onlyTheHttpAdapterImportsJavalin = noClasses()
      .that().resideInAPackage("harbinger..").and().resideOutsideOfPackage("harbinger.server.http..")
      .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.eclipse.jetty..", "jakarta.servlet..")
      .because("Javalin and Jetty sit behind the HTTP adapter; the ports and the memory store know no HTTP (C1, C14)");

  @ArchTest
  static final ArchRule coreKnowsNoServer = noClasses()
      .that().resideInAnyPackage(CORE_AND_MODEL)
      .should().dependOnClassesThat().resideInAPackage("harbinger.server..")
      .because("harbinger-server depends on harbinger-core, never the reverse (C1)");

  @ArchTest
  static final ArchRule serverKnowsNeitherCliNorCoreNlp = noClasses()
      .that().resideInAPackage("harbinger.server..")
      .should().dependOnClassesThat().resideInAnyPackage("harbinger.cli..", "harbinger.nlp.corenlp..")
      .because("the server works over any NlpAnnotator; the command line wires CoreNLP in (C5)");

  @ArchTest
  static final ArchRule serverKnowsTheStorePortNotItsDatabase = noClasses()
      .that().resideInAPackage("harbinger.server..")
      .should().dependOnClassesThat().resideInAnyPackage("harbinger.store.duckdb..", "org.duckdb..", "java.sql..")
      .because("the server reads and writes through the EventStore port; the command line opens the DuckDB store (C1)");

  @ArchTest
  static final ArchRule adapterDoesNotKnowTheCli = noClasses()
      .that().resideInAPackage("harbinger.nlp.corenlp..")
      .should().dependOnClassesThat().resideInAPackage("harbinger.cli..")
      .because("harbinger-corenlp depends on harbinger-core only");
}
