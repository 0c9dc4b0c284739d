package dev.altlas.search.lucene;

import java.io.IOException;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.KnnVectorsReader;
import org.apache.lucene.codecs.KnnVectorsWriter;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.index.SegmentReadState;
import org.apache.lucene.index.SegmentWriteState;

/**
 * The default codec, except that vectors may have up to {@value #MAX_DIMENSIONS} dimensions rather
 * than 1024, so embeddings of large hosted models (1536, 3072) can be indexed too. Only the limit
 * checked when writing changes: the files and format names are the default ones, so a plain Lucene
 * reader opens the index.
 */
final class WideVectorCodec extends Lucene104Codec {
  static final int MAX_DIMENSIONS = 4096;

  @Override
  public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
    return new Wide(super.getKnnVectorsFormatForField(field));
  }

  private static final class Wide extends KnnVectorsFormat {
    private final KnnVectorsFormat format;

    Wide(KnnVectorsFormat format) {
      super(format.getName());
      this.format = format;
    }

    @Override
    public KnnVectorsWriter fieldsWriter(SegmentWriteState state) throws IOException {
      return format.fieldsWriter(state);
    }

    @Override
    public KnnVectorsReader fieldsReader(SegmentReadState state) throws IOException {
      return format.fieldsReader(state);
    }

    @Override
    public int getMaxDimensions(String field) {
      return MAX_DIMENSIONS;
    }
  }
}
