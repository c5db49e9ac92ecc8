package org.restorative.json;

import java.lang.constant.ConstantDescs;
import java.lang.invoke.MethodHandles;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.restorative.json.ObjectFormat.StraightReader;
import tools.jackson.core.JsonParser;

/**
 * The template of the straight path's reader of one object format's properties, never used as it
 * is: {@link ObjectReaders} defines a hidden class from these bytes for each {@link ObjectFormat},
 * with the format's parts as the class's data: its builder's maker, its build and the readers of
 * its properties. Each then sits in a {@code static final} field, which the JIT compiler takes as a
 * constant: the call to it has one target, which it inlines, together with the codec and the
 * builder's setter that a property's reader calls. In code shared by every format those calls have
 * dozens of targets, and each cost a look-up in a table of the receiver's interfaces.
 *
 * <p>The switch holds a case for each of the {@value ObjectFormat#MAX_PROPERTIES} places an object
 * may declare; only the places the format declares are ever reached.
 */
final class ObjectReaderTemplate extends ObjectReaders.ObjectReader {

  /** The format's parts, the hidden class's data. */
  private static final ObjectReaders.Parts PARTS = parts();

  private static final Supplier<Object> NEW_BUILDER = PARTS.newBuilder();
  private static final Function<Object, Object> BUILD = PARTS.build();

  private static final StraightReader<Object> P0 = reader(0);
  private static final StraightReader<Object> P1 = reader(1);
  private static final StraightReader<Object> P2 = reader(2);
  private static final StraightReader<Object> P3 = reader(3);
  private static final StraightReader<Object> P4 = reader(4);
  private static final StraightReader<Object> P5 = reader(5);
  private static final StraightReader<Object> P6 = reader(6);
  private static final StraightReader<Object> P7 = reader(7);
  private static final StraightReader<Object> P8 = reader(8);
  private static final StraightReader<Object> P9 = reader(9);
  private static final StraightReader<Object> P10 = reader(10);
  private static final StraightReader<Object> P11 = reader(11);
  private static final StraightReader<Object> P12 = reader(12);
  private static final StraightReader<Object> P13 = reader(13);
  private static final StraightReader<Object> P14 = reader(14);
  private static final StraightReader<Object> P15 = reader(15);
  private static final StraightReader<Object> P16 = reader(16);
  private static final StraightReader<Object> P17 = reader(17);
  private static final StraightReader<Object> P18 = reader(18);
  private static final StraightReader<Object> P19 = reader(19);
  private static final StraightReader<Object> P20 = reader(20);
  private static final StraightReader<Object> P21 = reader(21);
  private static final StraightReader<Object> P22 = reader(22);
  private static final StraightReader<Object> P23 = reader(23);
  private static final StraightReader<Object> P24 = reader(24);
  private static final StraightReader<Object> P25 = reader(25);
  private static final StraightReader<Object> P26 = reader(26);
  private static final StraightReader<Object> P27 = reader(27);
  private static final StraightReader<Object> P28 = reader(28);
  private static final StraightReader<Object> P29 = reader(29);
  private static final StraightReader<Object> P30 = reader(30);
  private static final StraightReader<Object> P31 = reader(31);
  private static final StraightReader<Object> P32 = reader(32);
  private static final StraightReader<Object> P33 = reader(33);
  private static final StraightReader<Object> P34 = reader(34);
  private static final StraightReader<Object> P35 = reader(35);
  private static final StraightReader<Object> P36 = reader(36);
  private static final StraightReader<Object> P37 = reader(37);
  private static final StraightReader<Object> P38 = reader(38);
  private static final StraightReader<Object> P39 = reader(39);
  private static final StraightReader<Object> P40 = reader(40);
  private static final StraightReader<Object> P41 = reader(41);
  private static final StraightReader<Object> P42 = reader(42);
  private static final StraightReader<Object> P43 = reader(43);
  private static final StraightReader<Object> P44 = reader(44);
  private static final StraightReader<Object> P45 = reader(45);
  private static final StraightReader<Object> P46 = reader(46);
  private static final StraightReader<Object> P47 = reader(47);
  private static final StraightReader<Object> P48 = reader(48);
  private static final StraightReader<Object> P49 = reader(49);
  private static final StraightReader<Object> P50 = reader(50);
  private static final StraightReader<Object> P51 = reader(51);
  private static final StraightReader<Object> P52 = reader(52);
  private static final StraightReader<Object> P53 = reader(53);
  private static final StraightReader<Object> P54 = reader(54);
  private static final StraightReader<Object> P55 = reader(55);
  private static final StraightReader<Object> P56 = reader(56);
  private static final StraightReader<Object> P57 = reader(57);
  private static final StraightReader<Object> P58 = reader(58);
  private static final StraightReader<Object> P59 = reader(59);
  private static final StraightReader<Object> P60 = reader(60);
  private static final StraightReader<Object> P61 = reader(61);
  private static final StraightReader<Object> P62 = reader(62);
  private static final StraightReader<Object> P63 = reader(63);

  private static ObjectReaders.Parts parts() {
    ObjectReaders.Parts parts;
    try {
      parts =
          MethodHandles.classData(
              MethodHandles.lookup(), ConstantDescs.DEFAULT_NAME, ObjectReaders.Parts.class);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
    if (parts == null) {
      throw new IllegalStateException("the template is only the bytes of hidden classes");
    }
    return parts;
  }

  /** The reader of the property at this place, or one that is never called where none is. */
  private static StraightReader<Object> reader(int position) {
    List<StraightReader<Object>> readers = PARTS.readers();
    return position < readers.size() ? readers.get(position) : ObjectReaders.NONE;
  }

  @Override
  Object newBuilder() {
    return NEW_BUILDER.get();
  }

  @Override
  Object build(Object builder) {
    return BUILD.apply(builder);
  }

  @Override
  Object read(int position, Object builder, JsonParser in) {
    return switch (position) {
      case 0 -> P0.read(builder, in);
      case 1 -> P1.read(builder, in);
      case 2 -> P2.read(builder, in);
      case 3 -> P3.read(builder, in);
      case 4 -> P4.read(builder, in);
      case 5 -> P5.read(builder, in);
      case 6 -> P6.read(builder, in);
      case 7 -> P7.read(builder, in);
      case 8 -> P8.read(builder, in);
      case 9 -> P9.read(builder, in);
      case 10 -> P10.read(builder, in);
      case 11 -> P11.read(builder, in);
      case 12 -> P12.read(builder, in);
      case 13 -> P13.read(builder, in);
      case 14 -> P14.read(builder, in);
      case 15 -> P15.read(builder, in);
      case 16 -> P16.read(builder, in);
      case 17 -> P17.read(builder, in);
      case 18 -> P18.read(builder, in);
      case 19 -> P19.read(builder, in);
      case 20 -> P20.read(builder, in);
      case 21 -> P21.read(builder, in);
      case 22 -> P22.read(builder, in);
      case 23 -> P23.read(builder, in);
      case 24 -> P24.read(builder, in);
      case 25 -> P25.read(builder, in);
      case 26 -> P26.read(builder, in);
      case 27 -> P27.read(builder, in);
      case 28 -> P28.read(builder, in);
      case 29 -> P29.read(builder, in);
      case 30 -> P30.read(builder, in);
      case 31 -> P31.read(builder, in);
      case 32 -> P32.read(builder, in);
      case 33 -> P33.read(builder, in);
      case 34 -> P34.read(builder, in);
      case 35 -> P35.read(builder, in);
      case 36 -> P36.read(builder, in);
      case 37 -> P37.read(builder, in);
      case 38 -> P38.read(builder, in);
      case 39 -> P39.read(builder, in);
      case 40 -> P40.read(builder, in);
      case 41 -> P41.read(builder, in);
      case 42 -> P42.read(builder, in);
      case 43 -> P43.read(builder, in);
      case 44 -> P44.read(builder, in);
      case 45 -> P45.read(builder, in);
      case 46 -> P46.read(builder, in);
      case 47 -> P47.read(builder, in);
      case 48 -> P48.read(builder, in);
      case 49 -> P49.read(builder, in);
      case 50 -> P50.read(builder, in);
      case 51 -> P51.read(builder, in);
      case 52 -> P52.read(builder, in);
      case 53 -> P53.read(builder, in);
      case 54 -> P54.read(builder, in);
      case 55 -> P55.read(builder, in);
      case 56 -> P56.read(builder, in);
      case 57 -> P57.read(builder, in);
      case 58 -> P58.read(builder, in);
      case 59 -> P59.read(builder, in);
      case 60 -> P60.read(builder, in);
      case 61 -> P61.read(builder, in);
      case 62 -> P62.read(builder, in);
      case 63 -> P63.read(builder, in);
      default -> throw new IllegalStateException("no property at " + position);
    };
  }
}
