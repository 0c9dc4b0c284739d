package dev.altlas.cli;

import dev.altlas.archive.HistogramInterval;
import dev.altlas.archive.SortOrder;
import dev.altlas.format.DocumentKind;
import dev.altlas.format.Syntax;
import dev.altlas.model.Mode;
import dev.altlas.model.Persona;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converters and completion candidates for options whose values are an enum, written the way the
 * file formats write them: lower case, e.g. {@code chaos} or {@code technical_expert}.
 */
final class Choices {
  private Choices() {}

  /** The wire name of a constant: {@code TECHNICAL_EXPERT} → {@code technical_expert}. */
  static String wireName(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  /** The wire names of every constant, comma separated. */
  static String list(Class<? extends Enum<?>> type) {
    return String.join(", ", names(type));
  }

  private static String[] names(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Choices::wireName).toArray(String[]::new);
  }

  /** Accepts the wire name in any case, with {@code -} for {@code _}. */
  abstract static class LowercaseEnum<E extends Enum<E>> implements ITypeConverter<E> {
    private final Class<E> type;
    private final String what;

    LowercaseEnum(Class<E> type, String what) {
      this.type = type;
      this.what = what;
    }

    @Override
    public E convert(String value) {
      String wanted = value.strip().replace('-', '_');
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equalsIgnoreCase(wanted)) {
          return constant;
        }
      }
      throw new TypeConversionException(
          "'" + value + "' is not " + what + "; use one of: " + list(type));
    }
  }

  /** Candidates listed in help as {@code ${COMPLETION-CANDIDATES}}. */
  abstract static class Names extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    Names(Class<? extends Enum<?>> type) {
      super(Arrays.asList(names(type)));
    }
  }

  static final class ModeConverter extends LowercaseEnum<Mode> {
    ModeConverter() {
      super(Mode.class, "a mode");
    }
  }

  static final class Modes extends Names {
    private static final long serialVersionUID = 1L;

    Modes() {
      super(Mode.class);
    }
  }

  static final class PersonaConverter extends LowercaseEnum<Persona> {
    PersonaConverter() {
      super(Persona.class, "a persona");
    }
  }

  static final class Personas extends Names {
    private static final long serialVersionUID = 1L;

    Personas() {
      super(Persona.class);
    }
  }

  static final class SyntaxConverter extends LowercaseEnum<Syntax> {
    SyntaxConverter() {
      super(Syntax.class, "a format");
    }
  }

  static final class Syntaxes extends Names {
    private static final long serialVersionUID = 1L;

    Syntaxes() {
      super(Syntax.class);
    }
  }

  static final class KindConverter extends LowercaseEnum<DocumentKind> {
    KindConverter() {
      super(DocumentKind.class, "a document kind");
    }
  }

  static final class Kinds extends Names {
    private static final long serialVersionUID = 1L;

    Kinds() {
      super(DocumentKind.class);
    }
  }

  static final class SortOrderConverter extends LowercaseEnum<SortOrder> {
    SortOrderConverter() {
      super(SortOrder.class, "an order");
    }
  }

  static final class SortOrders extends Names {
    private static final long serialVersionUID = 1L;

    SortOrders() {
      super(SortOrder.class);
    }
  }

  static final class IntervalConverter extends LowercaseEnum<HistogramInterval> {
    IntervalConverter() {
      super(HistogramInterval.class, "a bucket width");
    }
  }

  static final class Intervals extends Names {
    private static final long serialVersionUID = 1L;

    Intervals() {
      super(HistogramInterval.class);
    }
  }
}
