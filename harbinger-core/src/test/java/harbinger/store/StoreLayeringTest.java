package harbinger.store;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The store is a port in core: no core class touches JDBC or DuckDB (they live in harbinger-store only). */
class StoreLayeringTest {
  static final JavaClasses CORE = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("harbinger");

  @Test void coreNeverImportsJdbcOrDuckDb() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.duckdb..").check(CORE);
  }

  @Test void codingDoesNotDependOnTheStore() {
    noClasses().that().resideInAPackage("harbinger.coding..").should().dependOnClassesThat()
        .resideInAPackage("harbinger.store..").check(CORE);
  }
}
