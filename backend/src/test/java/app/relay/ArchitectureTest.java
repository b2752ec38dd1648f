package app.relay;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The backend's direction, enforced: platform (common) ← identity ← access ← audit, outbox ← features ← edges,
 * and no package cycles. A new package must find its place here.
 */
@AnalyzeClasses(packages = "app.relay", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("app.relay.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule layersPointOneWay = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("platform").definedBy("app.relay.common..")
            .layer("identity").definedBy("app.relay.identity..")
            .layer("access").definedBy("app.relay.access..")
            .layer("audit").definedBy("app.relay.audit..")
            .layer("outbox").definedBy("app.relay.outbox..")
            .layer("features").definedBy("app.relay.client..", "app.relay.contact..", "app.relay.letter..", "app.relay.activity..", "app.relay.history..", "app.relay.party..",
                    "app.relay.people..", "app.relay.notice..", "app.relay.handover..", "app.relay.order..",
                    "app.relay.segment..", "app.relay.pipeline..", "app.relay.attribution..")
            .layer("edges").definedBy("app.relay.exports..", "app.relay.admin..", "app.relay.demo..")
            .whereLayer("edges").mayNotBeAccessedByAnyLayer()
            .whereLayer("features").mayOnlyBeAccessedByLayers("features", "edges")
            .whereLayer("audit").mayOnlyBeAccessedByLayers("features", "edges")
            .whereLayer("outbox").mayOnlyBeAccessedByLayers("features", "edges")
            .whereLayer("access").mayOnlyBeAccessedByLayers("audit", "features", "edges")
            .whereLayer("identity").mayOnlyBeAccessedByLayers("access", "audit", "features", "edges")
            .whereLayer("platform").mayOnlyBeAccessedByLayers("identity", "access", "audit", "outbox", "features", "edges");
}
