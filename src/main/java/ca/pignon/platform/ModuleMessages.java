package ca.pignon.platform;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternUtils;

/**
 * Each module keeps its own messages, {@code i18n/<module>/messages.properties} (English: the fallback, and what
 * developers read) and {@code messages_fr.properties} (French: what people read), and platform finds every such
 * folder on the class path at start-up, so that a new module's messages are read without naming the module anywhere.
 * Spring Boot's own message source steps aside for this one; the other {@code spring.messages.*} settings keep the
 * meaning they have there.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MessageSourceProperties.class)
class ModuleMessages {

	/** In the executable jar too: a {@code classpath*:} pattern is matched against the jar's entries. */
	static final String BUNDLES = "classpath*:i18n/*/messages.properties";

	private static final Pattern MODULE_FOLDER = Pattern.compile(".*/i18n/([^/]+)/messages\\.properties$");

	@Bean
	MessageSource messageSource(MessageSourceProperties properties, ResourceLoader resources) throws IOException {
		return messageSource(properties, ResourcePatternUtils.getResourcePatternResolver(resources));
	}

	static ResourceBundleMessageSource messageSource(MessageSourceProperties properties,
			ResourcePatternResolver resources) throws IOException {
		var messages = new IcuMessageSource();
		messages.setBasenames(basenames(properties.getBasename(), resources).toArray(String[]::new));
		if (properties.getEncoding() != null) {
			messages.setDefaultEncoding(properties.getEncoding().name());
		}
		messages.setFallbackToSystemLocale(properties.isFallbackToSystemLocale());
		if (properties.getCacheDuration() != null) {
			messages.setCacheMillis(properties.getCacheDuration().toMillis());
		}
		// always formatted (IcuMessageSource): spring.messages.always-use-message-format is not read
		messages.setUseCodeAsDefaultMessage(properties.isUseCodeAsDefaultMessage());
		messages.setCommonMessages(commonMessages(properties.getCommonMessages()));
		return messages;
	}

	/**
	 * Every module's bundle, then those {@code spring.messages.basename} names that exist (its default,
	 * {@code messages}, does not: a bundle that is not there would be looked for, and warned about, at each message).
	 */
	static List<String> basenames(List<String> configured, ResourcePatternResolver resources) throws IOException {
		var modules = new TreeSet<String>();
		for (Resource bundle : resources.getResources(BUNDLES)) {
			Matcher folder = MODULE_FOLDER.matcher(bundle.getURL().toString());
			if (folder.matches()) {
				modules.add("i18n/" + folder.group(1) + "/messages");
			}
		}
		var basenames = new ArrayList<String>(modules);
		for (String basename : configured) {
			if (!basenames.contains(basename)
					&& resources.getResources("classpath*:" + basename + ".properties").length > 0) {
				basenames.add(basename);
			}
		}
		return basenames;
	}

	private static @Nullable Properties commonMessages(@Nullable List<Resource> files) throws IOException {
		if (files == null || files.isEmpty()) {
			return null;
		}
		var messages = new Properties();
		for (Resource file : files) {
			PropertiesLoaderUtils.fillProperties(messages, file);
		}
		return messages;
	}

}
