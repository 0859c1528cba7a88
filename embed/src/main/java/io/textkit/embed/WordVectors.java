package io.textkit.embed;

import io.textkit.core.tensor.MatMul;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.ejml.data.FMatrixRMaj;

/**
 * Trained word vectors and the queries people run on them: cosine similarity, nearest neighbours,
 * analogies and the odd one out, with the semantics of gensim's {@code KeyedVectors}.
 *
 * <p>Row i of the matrix is the vector of word i; words are unique and, as trained, in decreasing
 * frequency, which is what makes {@link #restrictTo(int)} meaningful. Every query works on the rows
 * scaled to unit length, computed once on first use, so a cosine is a dot product and a search over
 * the vocabulary one matrix–vector product through {@link MatMul} followed by a top-k selection.
 *
 * <p>Instances are immutable and safe to share between threads. The matrix passed in is kept, not
 * copied (a vocabulary of millions takes gigabytes); the caller must not change it afterwards.
 */
public final class WordVectors {
    /** The ε of Levy and Goldberg (2014); gensim's {@code most_similar_cosmul} uses 1e-6. */
    public static final double COSMUL_EPSILON = 1e-3;

    private final List<String> words;
    private final Map<String, Integer> ids;
    private final FMatrixRMaj vectors;
    private final NormalizedRows normalized;
    /** How many leading rows this instance exposes: all of them, or fewer for a restricted view. */
    private final int size;

    /**
     * Vectors for {@code words}, row i of {@code vectors} belonging to {@code words.get(i)}. Throws
     * {@link IllegalArgumentException} for a null or repeated word or when the matrix has not one
     * row per word.
     */
    public WordVectors(List<String> words, FMatrixRMaj vectors) {
        Objects.requireNonNull(words, "words");
        Objects.requireNonNull(vectors, "vectors");
        if (vectors.numRows != words.size()) {
            throw new IllegalArgumentException("there are " + words.size() + " words but the matrix has "
                    + vectors.numRows + " rows; each word needs exactly one row");
        }
        if ((long) vectors.numRows * vectors.numCols > vectors.data.length) {
            throw new IllegalArgumentException("the matrix claims " + vectors.numRows + "×"
                    + vectors.numCols + " but holds only " + vectors.data.length + " values");
        }
        Map<String, Integer> index = HashMap.newHashMap(words.size());
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word == null) {
                throw new IllegalArgumentException("word " + i + " is null");
            }
            Integer previous = index.putIfAbsent(word, i);
            if (previous != null) {
                throw new IllegalArgumentException("the word '" + word + "' appears twice, at " + previous
                        + " and " + i + "; words must be unique");
            }
        }
        this.words = List.copyOf(words);
        this.ids = Collections.unmodifiableMap(index);
        this.vectors = vectors;
        this.normalized = new NormalizedRows(vectors);
        this.size = words.size();
    }

    private WordVectors(WordVectors full, int size) {
        this.words = full.words;
        this.ids = full.ids;
        this.vectors = full.vectors;
        this.normalized = full.normalized;
        this.size = size;
    }

    /** Number of words. */
    public int size() {
        return size;
    }

    /** Length of each vector. */
    public int dimension() {
        return vectors.numCols;
    }

    /** Whether {@code word} has a vector here. */
    public boolean contains(String word) {
        Integer id = ids.get(word);
        return id != null && id < size;
    }

    /** The row of {@code word}, its rank by frequency; throws {@link UnknownWordException}. */
    public int id(String word) {
        Integer id = ids.get(word);
        if (id == null || id >= size) {
            throw new UnknownWordException(List.of(word));
        }
        return id;
    }

    /** The word in row {@code id}. */
    public String word(int id) {
        Objects.checkIndex(id, size);
        return words.get(id);
    }

    /** The words in row order, unmodifiable. */
    public List<String> words() {
        return words.subList(0, size);
    }

    /** A copy of the (unnormalised) vector of {@code word}; throws {@link UnknownWordException}. */
    public float[] vector(String word) {
        int start = id(word) * dimension();
        float[] copy = new float[dimension()];
        System.arraycopy(vectors.data, start, copy, 0, copy.length);
        return copy;
    }

    /**
     * Every word with a copy of its vector, in row order: the form the classifiers' trainers take
     * pretrained vectors in ({@code pretrained(Map)}).
     */
    public Map<String, float[]> toMap() {
        Map<String, float[]> map = new LinkedHashMap<>();
        for (String word : words()) {
            map.put(word, vector(word));
        }
        return map;
    }

    /**
     * The {@code n} most frequent words only, sharing this instance's vectors: analogy evaluation
     * searches the top 30,000 words, as rare words have noisy vectors. Words beyond {@code n} are
     * unknown to the view. {@code n} at least {@link #size()} returns this instance.
     */
    public WordVectors restrictTo(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("cannot restrict to a negative number of words: " + n);
        }
        return n >= size ? this : new WordVectors(this, n);
    }

    /** Cosine similarity a·b / (‖a‖·‖b‖); 0 if either vector is zero. */
    public double similarity(String a, String b) {
        requireKnown(a, b);
        return cosine(id(a), id(b));
    }

    /** The {@code k} words most similar to {@code word} by cosine, best first, the word itself excluded. */
    public List<Neighbor> nearest(String word, int k) {
        int id = id(word);
        float[] query = new float[dimension()];
        System.arraycopy(normalizedMatrix().data, id * dimension(), query, 0, query.length);
        return search(query, k, new int[] {id});
    }

    /**
     * The {@code k} words whose vectors have the highest cosine with {@code vector}, best first,
     * leaving out the words in {@code exclude} (unknown ones there are ignored).
     */
    public List<Neighbor> nearest(float[] vector, int k, Set<String> exclude) {
        if (vector.length != dimension()) {
            throw new IllegalArgumentException("the query vector has " + vector.length
                    + " values but these vectors have " + dimension());
        }
        List<Integer> excluded = new ArrayList<>();
        for (String word : exclude) {
            if (contains(word)) {
                excluded.add(ids.get(word));
            }
        }
        return search(unit(vector), k, excluded.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * a is to b as c is to ?, by 3CosAdd (Mikolov et al. 2013): the words nearest to
     * b̂ − â + ĉ (hats: unit vectors), excluding a, b and c; gensim's
     * {@code most_similar(positive=[b, c], negative=[a])}. Similarities are cosines with that sum.
     */
    public List<Neighbor> analogy(String a, String b, String c, int k) {
        requireKnown(a, b, c);
        int dim = dimension();
        float[] n = normalizedMatrix().data;
        int ia = id(a) * dim;
        int ib = id(b) * dim;
        int ic = id(c) * dim;
        float[] query = new float[dim];
        for (int j = 0; j < dim; j++) {
            query[j] = n[ib + j] - n[ia + j] + n[ic + j];
        }
        return search(unit(query), k, new int[] {id(a), id(b), id(c)});
    }

    /** 3CosMul with ε = {@value #COSMUL_EPSILON}, the value of Levy and Goldberg's paper. */
    public List<Neighbor> analogyMul(String a, String b, String c, int k) {
        return analogyMul(a, b, c, k, COSMUL_EPSILON);
    }

    /**
     * a is to b as c is to ?, by 3CosMul (Levy and Goldberg 2014): the words x maximising
     * cos′(x, b)·cos′(x, c) / (cos′(x, a) + ε), where cos′ = (cos + 1)/2 shifts cosines to [0, 1];
     * a, b and c excluded. The scores returned are that objective, not cosines.
     */
    public List<Neighbor> analogyMul(String a, String b, String c, int k, double epsilon) {
        requireKnown(a, b, c);
        int dim = dimension();
        FMatrixRMaj queries = new FMatrixRMaj(3, dim);
        float[] n = normalizedMatrix().data;
        System.arraycopy(n, id(a) * dim, queries.data, 0, dim);
        System.arraycopy(n, id(b) * dim, queries.data, dim, dim);
        System.arraycopy(n, id(c) * dim, queries.data, 2 * dim, dim);
        FMatrixRMaj cosines = new FMatrixRMaj(3, size);
        MatMul.multTransB(queries, normalizedMatrix(), cosines);
        float[] cos = cosines.data;
        float[] scores = new float[size];
        for (int x = 0; x < size; x++) {
            double toA = (cos[x] + 1.0) / 2;
            double toB = (cos[size + x] + 1.0) / 2;
            double toC = (cos[2 * size + x] + 1.0) / 2;
            scores[x] = (float) (toB * toC / (toA + epsilon));
        }
        return select(scores, k, new int[] {id(a), id(b), id(c)});
    }

    /**
     * The word that fits least with the others, as gensim's {@code doesnt_match}: the one whose
     * unit vector has the lowest cosine with the mean of all the unit vectors (ties: the
     * alphabetically first). Unlike gensim, unknown words are an error rather than silently dropped.
     */
    public String doesntMatch(List<String> words) {
        if (words.isEmpty()) {
            throw new IllegalArgumentException("doesntMatch needs at least one word");
        }
        requireKnown(words.toArray(String[]::new));
        int dim = dimension();
        float[] n = normalizedMatrix().data;
        double[] mean = new double[dim];
        for (String word : words) {
            int start = id(word) * dim;
            for (int j = 0; j < dim; j++) {
                mean[j] += n[start + j];
            }
        }
        String odd = null;
        double lowest = Double.POSITIVE_INFINITY;
        for (String word : words) {
            int start = id(word) * dim;
            double dot = 0;
            for (int j = 0; j < dim; j++) {
                dot += n[start + j] * mean[j];
            }
            // The mean's length scales every dot product alike, so it need not be normalised to rank.
            if (dot < lowest || (dot == lowest && word.compareTo(odd) < 0)) {
                lowest = dot;
                odd = word;
            }
        }
        return odd;
    }

    /**
     * The unit-length rows of the words this instance exposes ({@link #size()} × {@link #dimension()});
     * shared, read-only. For batched queries such as the analogy evaluation.
     */
    FMatrixRMaj normalizedMatrix() {
        FMatrixRMaj all = normalized.get();
        return size == all.numRows ? all : FMatrixRMaj.wrap(size, all.numCols, all.data);
    }

    /** The raw vectors this instance exposes ({@link #size()} × {@link #dimension()}); shared, read-only. */
    FMatrixRMaj matrix() {
        return size == vectors.numRows ? vectors : FMatrixRMaj.wrap(size, vectors.numCols, vectors.data);
    }

    /** Cosine between rows {@code i} and {@code j}, in double precision from the raw vectors. */
    double cosine(int i, int j) {
        int dim = dimension();
        float[] v = vectors.data;
        double dot = 0;
        for (int d = 0; d < dim; d++) {
            dot += (double) v[i * dim + d] * v[j * dim + d];
        }
        return dot * NormalizedRows.inverseNorm(v, i * dim, dim) * NormalizedRows.inverseNorm(v, j * dim, dim);
    }

    /** Scores every word against the unit vector {@code query} with one matrix–vector product. */
    private List<Neighbor> search(float[] query, int k, int[] excluded) {
        FMatrixRMaj scores = new FMatrixRMaj(size, 1);
        MatMul.mult(normalizedMatrix(), FMatrixRMaj.wrap(query.length, 1, query), scores);
        return select(scores.data, k, excluded);
    }

    private List<Neighbor> select(float[] scores, int k, int[] excluded) {
        for (int id : excluded) {
            scores[id] = Float.NaN;
        }
        int[] best = TopK.select(scores, size, k);
        List<Neighbor> result = new ArrayList<>(best.length);
        for (int id : best) {
            result.add(new Neighbor(words.get(id), scores[id]));
        }
        return result;
    }

    private static float[] unit(float[] vector) {
        double scale = NormalizedRows.inverseNorm(vector, 0, vector.length);
        float[] unit = new float[vector.length];
        for (int j = 0; j < vector.length; j++) {
            unit[j] = (float) (vector[j] * scale);
        }
        return unit;
    }

    /** Throws one {@link UnknownWordException} naming every unknown word of a query. */
    private void requireKnown(String... query) {
        List<String> unknown = new ArrayList<>();
        for (String word : query) {
            if (!contains(word) && !unknown.contains(word)) {
                unknown.add(word);
            }
        }
        if (!unknown.isEmpty()) {
            throw new UnknownWordException(unknown);
        }
    }

    @Override
    public String toString() {
        return "WordVectors{" + size + " words × " + dimension() + " dimensions}";
    }
}
