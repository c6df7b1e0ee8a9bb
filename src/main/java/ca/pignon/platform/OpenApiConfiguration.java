package ca.pignon.platform;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;

import tools.jackson.databind.JacksonModule;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI pignonApi() {
		return new OpenAPI()
			.info(new Info().title("Pignon API")
				.version("v1")
				.description("Public territory endpoints need no credentials. Other endpoints accept the browser "
						+ "session or a personal API token: Authorization: Bearer pgn_…")
				.license(new License().name("Data: CC BY 4.0 (Ville de Québec, GeoNames), Open Licence Canada (NAICS)")))
			.components(new Components().addSecuritySchemes("bearer",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")));
	}

	/** The schemas as the answers are: ids as uuid strings, nullable and required properties from the types. */
	@Bean
	ApiSchemas apiSchemas() {
		return new ApiSchemas();
	}

	/** Every error each operation can answer, as problem details. */
	@Bean
	ApiErrors apiErrors() {
		return new ApiErrors();
	}

	/** Ids written as plain uuid strings, as {@link #apiSchemas()} describes them. */
	@Bean
	JacksonModule idValues() {
		return IdValues.jacksonModule();
	}

}
