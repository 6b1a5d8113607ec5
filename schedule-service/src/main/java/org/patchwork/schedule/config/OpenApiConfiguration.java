package org.patchwork.schedule.config;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
        info = @Info(title = "Patchwork schedule API", version = "1",
                description = "Visits and contacts: who is visiting a client next and who was last in contact. "
                        + "Only current members of a client's network see or record them: to anyone else every "
                        + "client and visit endpoint answers 404, exactly as for an unknown id. The calendar feed "
                        + "URL is the one endpoint without a token; its secret path is the credential."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
class OpenApiConfiguration {
}
