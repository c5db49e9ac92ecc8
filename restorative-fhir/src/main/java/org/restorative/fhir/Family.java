package org.restorative.fhir;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.restorative.core.casefile.RestorativeCase;

/**
 * One family of resources: how it writes its parts of a case into the shared {@link Assembly}, and
 * how it reads them back from the shared {@link Reading} into the case being built. Each family is
 * a class of its own; {@link FhirBundles} runs them in order.
 *
 * @param name the family's name, for docs/fhir.md
 * @param write writes the family's resources
 * @param read reads them back
 */
record Family(
    String name, Consumer<Assembly> write, BiConsumer<Reading, RestorativeCase.Builder> read) {}
