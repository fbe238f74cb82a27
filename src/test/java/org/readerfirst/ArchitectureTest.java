package org.readerfirst;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the arrows pointing one way: the checks stay pure, SQL stays in the store, JavaFX in the UI. */
@AnalyzeClasses(packages = "org.readerfirst", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule core_and_export_use_no_ui_toolkit_and_no_sql = noClasses()
            .that().resideInAnyPackage("org.readerfirst.core..", "org.readerfirst.export..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "java.sql..", "java.awt..");

    @ArchTest
    static final ArchRule export_is_pure_functions_of_core_objects = noClasses()
            .that().resideInAPackage("org.readerfirst.export..")
            .should().dependOnClassesThat().resideInAnyPackage("org.readerfirst.store..", "org.readerfirst.ui..",
                    "org.readerfirst.cli..", "org.readerfirst.grammar..", "java.nio.file..", "java.net..")
            .orShould().dependOnClassesThat().belongToAnyOf(java.io.File.class, java.io.FileInputStream.class,
                    java.io.FileOutputStream.class, java.io.FileReader.class, java.io.FileWriter.class,
                    java.io.RandomAccessFile.class);

    @ArchTest
    static final ArchRule only_the_store_speaks_sql = noClasses()
            .that().resideOutsideOfPackage("org.readerfirst.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..");

    @ArchTest
    static final ArchRule only_the_ui_uses_javafx = noClasses()
            .that().resideOutsideOfPackage("org.readerfirst.ui..")
            .and().doNotHaveFullyQualifiedName("org.readerfirst.Launcher")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..");

    @ArchTest
    static final ArchRule core_depends_on_nothing_else_of_ours = noClasses()
            .that().resideInAPackage("org.readerfirst.core..")
            .should().dependOnClassesThat().resideInAnyPackage("org.readerfirst.store..", "org.readerfirst.ui..",
                    "org.readerfirst.cli..", "org.readerfirst.export..", "org.readerfirst.grammar..");

    @ArchTest
    static final ArchRule the_command_line_never_reaches_the_ui = noClasses()
            .that().resideInAPackage("org.readerfirst.cli..")
            .should().dependOnClassesThat().resideInAPackage("org.readerfirst.ui..");

    /** Nor by name: the command line loads no class by reflection, so no arrow hides from the rule above. */
    @ArchTest
    static final ArchRule the_command_line_loads_no_class_by_name = noClasses()
            .that().resideInAPackage("org.readerfirst.cli..")
            .should().callMethod(Class.class, "forName", String.class)
            .orShould().callMethod(Class.class, "forName", String.class, boolean.class, ClassLoader.class)
            .orShould().callMethod(ClassLoader.class, "loadClass", String.class);

    /** The window's features, each in a room of its own (ui/editor, ui/panel, ...), lean on each other one way. */
    @ArchTest
    static final ArchRule the_windows_features_depend_on_each_other_without_cycles = slices()
            .matching("org.readerfirst.ui.(*)..").should().beFreeOfCycles();

    /** Every window class lives in its feature's room; none is left loose in ui itself. */
    @ArchTest
    static final ArchRule every_window_class_has_a_feature = classes()
            .that().resideInAPackage("org.readerfirst.ui..")
            .should().resideOutsideOfPackage("org.readerfirst.ui");

    /** What every room may use (messages, dialogs, the store writer) leans on no room. */
    @ArchTest
    static final ArchRule the_common_room_leans_on_no_feature = noClasses()
            .that().resideInAPackage("org.readerfirst.ui.common..")
            .should().dependOnClassesThat(resideInAPackage("org.readerfirst.ui..")
                    .and(resideOutsideOfPackage("org.readerfirst.ui.common..")));

    @ArchTest
    static final ArchRule nothing_prints_outside_the_command_line = noClasses()
            .that().resideOutsideOfPackage("org.readerfirst.cli..")
            .and().doNotHaveFullyQualifiedName("org.readerfirst.Launcher")
            .should().accessField(System.class, "out");

    @ArchTest
    static final ArchRule only_the_grammar_package_speaks_to_languagetool_and_voikko = noClasses()
            .that().resideOutsideOfPackage("org.readerfirst.grammar..")
            .should().dependOnClassesThat().resideInAnyPackage("org.languagetool..", "org.puimula..");

    /** The import is an API the command line and the window call, and leans on neither. */
    @ArchTest
    static final ArchRule the_history_import_leans_on_no_window_and_no_command_line = noClasses()
            .that().resideInAPackage("org.readerfirst.history..")
            .should().dependOnClassesThat().resideInAnyPackage("org.readerfirst.ui..", "org.readerfirst.cli..");

    @ArchTest
    static final ArchRule only_the_history_package_reads_csv = noClasses()
            .that().resideOutsideOfPackage("org.readerfirst.history..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.commons.csv..");

    @ArchTest
    static final ArchRule only_the_source_package_reads_html = noClasses()
            .that().resideOutsideOfPackage("org.readerfirst.source..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jsoup..");
}
