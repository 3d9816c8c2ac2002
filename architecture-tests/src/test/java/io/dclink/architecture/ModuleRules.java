package io.dclink.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * dclink's module boundaries as ArchUnit rules, parameterised by package roots so that they can
 * also be run against deliberately bad fixtures.
 */
final class ModuleRules {

    private ModuleRules() {
    }

    /** The API depends on nothing but the JDK and itself. */
    static ArchRule apiUsesOnlyTheJdk(String... apiPackages) {
        List<String> allowed = new ArrayList<>(List.of(apiPackages));
        allowed.add("java..");
        return classes().that().resideInAnyPackage(apiPackages)
                .should().onlyDependOnClassesThat().resideInAnyPackage(allowed.toArray(String[]::new))
                .because("sdk-api is JDK only and depends on no other dclink module, not even the SPI or the orders "
                        + "built on it: users must be able to depend on it without pulling anything else");
    }

    /** The orders depend on nothing but the API, the JDK and themselves. */
    static ArchRule ordersUseOnlyTheApi(String[] ordersPackages, String... apiPackages) {
        return builtOnTheApi(ordersPackages, apiPackages)
                .because("sdk-orders is JDK only and builds on sdk-api alone: ordering pairs or hosted lines pulls in "
                        + "neither the SPI nor the runtime");
    }

    /** The SPI depends on nothing but the API (with the orders), the JDK and itself. */
    static ArchRule spiUsesOnlyTheApi(String spiRoot, String... apiPackages) {
        return builtOnTheApi(new String[] {spiRoot + ".."}, apiPackages)
                .because("provider-spi is JDK only and builds on sdk-api and sdk-orders alone: plugins must not pull in "
                        + "the runtime");
    }

    private static ArchRule builtOnTheApi(String[] ownPackages, String... apiPackages) {
        List<String> allowed = new ArrayList<>(List.of(apiPackages));
        allowed.addAll(List.of(ownPackages));
        allowed.add("java..");
        return classes().that().resideInAnyPackage(ownPackages)
                .should().onlyDependOnClassesThat().resideInAnyPackage(allowed.toArray(String[]::new))
                .allowEmptyShould(true);
    }

    /** Only the plugin side of dclink uses the SPI: never the API, the applications' side. */
    static ArchRule onlyThePluginSideUsesTheSpi(String spiRoot, String... allowedRoots) {
        List<String> allowed = new ArrayList<>(List.of(withSubpackages(allowedRoots)));
        allowed.add(spiRoot + "..");
        return noClasses().that().resideOutsideOfPackages(allowed.toArray(String[]::new))
                .should().dependOnClassesThat().resideInAPackage(spiRoot + "..")
                .because("applications compile against sdk-api alone; the SPI is for plugins and what runs or checks them")
                .allowEmptyShould(true);
    }

    /** The runtime knows no provider, no test kit and no command line. */
    static ArchRule coreKnowsNoProvider(String coreRoot, String... forbiddenRoots) {
        return noClasses().that().resideInAPackage(coreRoot + "..")
                .should().dependOnClassesThat().resideInAnyPackage(withSubpackages(forbiddenRoots))
                .because("sdk-core is provider-neutral; providers plug in through the SPI")
                .allowEmptyShould(true);
    }

    /** Providers build on the API and the provider kit, never on the runtime. */
    static ArchRule pluginsSeeNoRuntime(String providerRoot, String runtimeRoot) {
        return noClasses().that().resideInAPackage(providerRoot + "..")
                .should().dependOnClassesThat().resideInAPackage(runtimeRoot + "..")
                .because("plugins build on io.dclink:provider-kit; the runtime may change without them")
                .allowEmptyShould(true);
    }

    /** Providers never depend on each other. */
    static ArchRule providersAreIndependent(String providerRoot) {
        return slices().matching(providerRoot + ".(*)..")
                .should().notDependOnEachOther()
                .because("each provider is a separate plugin")
                .allowEmptyShould(true);
    }

    /** Providers use no internal package but their own. */
    static ArchRule providersUseNoForeignInternals(String providerRoot) {
        return classes().that().resideInAPackage(providerRoot + "..")
                .should(useNoInternalPackageOutside(providerRoot))
                .because("internal packages are not an API; plugins use sdk-core's public packages only")
                .allowEmptyShould(true);
    }

    /** The test kit's emulators are an independent implementation: no provider or runtime code. */
    static ArchRule testkitIsIndependent(String testkitRoot, String... forbiddenRoots) {
        return noClasses().that().resideInAPackage(testkitRoot + "..")
                .should().dependOnClassesThat().resideInAnyPackage(withSubpackages(forbiddenRoots))
                .because("emulators are written from the provider references, never from plugin code")
                .allowEmptyShould(true);
    }

    private static String[] withSubpackages(String... roots) {
        return java.util.Arrays.stream(roots).map(root -> root + "..").toArray(String[]::new);
    }

    private static ArchCondition<JavaClass> useNoInternalPackageOutside(String providerRoot) {
        return new ArchCondition<>("use no internal package outside their own provider") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                String own = ownProviderPackage(item.getPackageName(), providerRoot);
                for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                    String target = dependency.getTargetClass().getPackageName();
                    boolean internal = (target + ".").contains(".internal.");
                    if (internal && !(target + ".").startsWith(own + ".")) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static String ownProviderPackage(String packageName, String providerRoot) {
        String rest = packageName.substring(providerRoot.length() + 1);
        int dot = rest.indexOf('.');
        return providerRoot + "." + (dot < 0 ? rest : rest.substring(0, dot));
    }

}
