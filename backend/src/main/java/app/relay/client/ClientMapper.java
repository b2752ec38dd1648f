package app.relay.client;

import app.relay.common.RecordMapperConfig;
import java.util.List;
import java.util.Map;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

/** Maps clients between entity, input and view. */
@Mapper(config = RecordMapperConfig.class)
public interface ClientMapper {

    @Mapping(target = "ownerName", expression = "java(names.get(client.ownerId))")
    @Mapping(target = "coOwnerName", expression = "java(names.get(client.coOwnerId))")
    @Mapping(target = "contactCount", expression = "java(contactCount)")
    @Mapping(target = "revenue12m", expression = "java(figures.revenue12m())")
    @Mapping(target = "overdueReceivables", expression = "java(figures.overdueReceivables())")
    @Mapping(target = "firstOrderOn", expression = "java(figures.firstOrderOn())")
    @Mapping(target = "lastOrderOn", expression = "java(figures.lastOrderOn())")
    @Mapping(target = "orderIntervalDays", expression = "java(figures.orderIntervalDays())")
    @Mapping(target = "redactedFields", expression = "java(java.util.List.of())")
    ClientView toView(Client client, @Context Map<String, String> names, @Context long contactCount,
            @Context ClientFigures figures);

    ClientInput toInput(Client client);

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "stageId", ignore = true) // moved by the stage action, never by the form
    @Mapping(target = "phase", ignore = true)
    @Mapping(target = "tags", expression = "java(input.tags() == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(input.tags()))")
    @Mapping(target = "attributes", expression = "java(input.attributes() == null ? new java.util.LinkedHashMap<>() : new java.util.LinkedHashMap<>(input.attributes()))")
    void apply(ClientInput input, @MappingTarget Client client);

    default List<String> copy(List<String> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
