package app.relay;

import app.relay.access.FieldRulesDocs;
import app.relay.common.ProblemResponsesFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/** Completes the generated contract: the problem answers of every operation and the field rules. */
public class ApiDocumentation implements OASFilter {
    private final ProblemResponsesFilter problems = new ProblemResponsesFilter();

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        problems.filterOpenAPI(openAPI);
        FieldRulesDocs.document(openAPI);
    }
}
