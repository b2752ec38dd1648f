package app.relay.contact;

import app.relay.common.RecordMapperConfig;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

/** Maps contact persons between entity, input and view. */
@Mapper(config = RecordMapperConfig.class)
public interface ContactMapper {

    @Mapping(target = "redactedFields", expression = "java(java.util.List.of())")
    ContactView toView(Contact contact);

    ContactInput toInput(Contact contact);

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "clientId", ignore = true)
    @Mapping(target = "consent", expression = "java(Boolean.TRUE.equals(input.consent()))")
    @Mapping(target = "language", expression = "java(input.language() == null ? contact.language : input.language())")
    @Mapping(target = "functions", expression = "java(input.functions() == null ? new java.util.ArrayList<>() : input.functions().stream().distinct().map(Enum::name).collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new)))")
    @Mapping(target = "channels", expression = "java(input.channels() == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(input.channels()))")
    void apply(ContactInput input, @MappingTarget Contact contact);
}
