# Shared by the classification benchmark scripts (sourced, not run): the options of each model row, the
# word2vec vectors every "pretrained" row starts from, the cross-validation sets in fastText's format, and
# the statistics the tables quote. Expects $root (the project), $work (a scratch folder the caller removes)
# and optionally $epochs (a cap for the neural models).

data="$root/../shared/data"

# convert ARGS...: bench/classify/peers/to_fasttext.py, which rewrites a labelled file in fastText's format.
convert() { /usr/bin/python3 "$root/bench/classify/peers/to_fasttext.py" "$@"; }

# cv_data SET: writes the examples of a cross-validation set (mr, uci-amazon, uci-imdb, uci-yelp) to $work
# in fastText's format and prints the file's path. UCI's sentences are cut to their runs of letters and
# digits (as the vector corpus was), so textkit, the fastText binary and the vectors see the same words.
cv_data() {
    local name
    case "$1" in
        mr)
            convert label-space-text "$data/sentiment/kim2014/rt-polarity.all" "$work/mr.txt" latin-1 2>/dev/null
            echo "$work/mr.txt" ;;
        uci-amazon|uci-imdb|uci-yelp)
            name=${1#uci-}
            [ "$name" = amazon ] && name=amazon_cells
            tr -d '\r' < "$data/sentiment/uci/${name}_labelled.txt" | grep -v $'^sentence\tscore$' > "$work/$name.tsv"
            convert --words text-tab-label "$work/$name.tsv" "$work/$1.txt" 2>/dev/null
            echo "$work/$1.txt" ;;
        *) echo "unknown cross-validation set $1" >&2; return 2 ;;
    esac
}

# fastText settings on both sides: textkit's options and the binary's.
fasttext_args=(--dim 100 --lr 0.5 --epochs 10 --word-ngrams 2 --min-count 1 --threads 1)
peer_args=(-dim 100 -lr 0.5 -epoch 10 -wordNgrams 2 -minCount 1 -bucket 200000 -thread 1)

# model_args MODEL: the textkit options of a model row.
model_args() {
    local cap=${epochs:+--epochs $epochs}
    case "$1" in
        fasttext) echo "--model fasttext ${fasttext_args[*]}" ;;
        fasttext-pretrained) echo "--model fasttext ${fasttext_args[*]} --vectors $(vectors 100)" ;;
        textcnn-d100) echo "--model textcnn --dim 100 $cap" ;;  # a third of the default's 300: the Chinese sets' long texts
        textcnn-25) echo "--model textcnn --patience 25 $cap" ;;  # Kim's code: all 25 epochs, the best dev one kept
        textcnn-nonstatic) echo "--model textcnn --set channels=non-static --vectors $(vectors 300) $cap" ;;
        textrnn-pretrained|rcnn-pretrained) echo "--model ${1%-pretrained} --set pretrained=true --vectors $(vectors 300) $cap" ;;
        han-pretrained) echo "--model han --set pretrained=true --vectors $(vectors 200) $cap" ;;
        *) echo "--model $1 $cap" ;;
    esac
}

# vectors DIM: DIM-dimensional CBOW word2vec vectors textkit trains once per run (cached in $work) on
# ../shared/data's corpus/english-mix.txt.gz (9.4M words of general English) followed by the 1.3M words of
# review polarity v2.0's movie reviews cut as that corpus was (lower case, runs of letters and digits), the
# in-domain text we have; word2vec text for 100 (the fastText binary reads that), binary otherwise.
vectors() {
    local file="$work/vectors-$1.$([ "$1" = 100 ] && echo vec || echo bin)"
    if [ ! -f "$file" ]; then
        if [ ! -f "$work/corpus.txt" ]; then
            gzip -dc "$data/corpus/english-mix.txt.gz" > "$work/corpus.txt"
            tar -xzOf "$data/documents/review_polarity.tar.gz" --wildcards 'txt_sentoken/*.txt' \
                | tr 'A-Z' 'a-z' | tr -cs 'a-z0-9\n' ' ' >> "$work/corpus.txt"
        fi
        "$root/textkit" embed train -train "$work/corpus.txt" -output "$file" -size "$1" -cbow 1 \
            -window 5 -negative 5 -sample 1e-4 -min-count 5 -iter 5 -threads 2 -quiet >&2
    fi
    echo "$file"
}

# pretrained MODEL: true for the rows that start from the vectors.
pretrained() { [[ $1 == *-pretrained || $1 == textcnn-nonstatic ]]; }

mean() { printf '%s\n' "$@" | awk '{ s += $1; n++ } END { printf "%.4f", s / n }'; }

# sd X...: the sample standard deviation (n - 1), 0 for one value.
sd() { printf '%s\n' "$@" | awk '{ x[n++] = $1; s += $1 } END { m = s / n; for (i = 0; i < n; i++) v += (x[i] - m)^2;
    printf "%.4f", (n > 1 ? sqrt(v / (n - 1)) : 0) }'; }

median() { printf '%s\n' "$@" | sort -g | awk '{ x[n++] = $1 } END { printf "%.4f", n % 2 ? x[int(n / 2)] : (x[n / 2 - 1] + x[n / 2]) / 2 }'; }
