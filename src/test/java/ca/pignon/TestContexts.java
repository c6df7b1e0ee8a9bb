package ca.pignon;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.ClassUtils;

/**
 * The Spring test contexts alive in this JVM, so that a fixture built from one bean of a context ({@code
 * anApplication(intake)}) finds the other beans it needs in the same context, without every test handing them over.
 * Registered in {@code META-INF/spring.factories}.
 */
public class TestContexts implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final Set<ConfigurableApplicationContext> contexts = Collections
		.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		contexts.add(context);
	}

	/** The bean of that type in the context that holds {@code bean}. */
	public static <T> T beanBeside(Object bean, Class<T> type) {
		synchronized (contexts) {
			for (var context : contexts) {
				if (!context.isActive()) {
					continue;
				}
				Map<String, ?> candidates = context.getBeansOfType(ClassUtils.getUserClass(bean), false, false);
				if (candidates.containsValue(bean)) {
					return context.getBean(type);
				}
			}
		}
		throw new IllegalStateException("No live test context holds " + bean);
	}

}
