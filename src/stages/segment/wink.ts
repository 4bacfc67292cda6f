import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Nlp = ReturnType<typeof winkNLP>;
export type ReadDoc = Nlp['readDoc'];
interface LexemeTable {
  hash: Record<string, number>;
  list: string[];
}

/**
 * wink-nlp with no memory between documents. wink caches every out-of-vocabulary word it meets, and a
 * cached word is later taken whole: after "… with China's." the "China's" of another article is no longer
 * split into "China" + "'s", so an article's tokens would depend on what was read before it (and on which
 * worker read it). `read` makes wink forget the words a document taught it, so every document is
 * tokenised as if it were the first.
 */
export class ForgetfulWink {
  #nlp!: Nlp;
  #lexemes!: LexemeTable;
  #base = 0;
  readonly #maxLearned: number;

  /** `maxLearned`: lexemes an instance may accumulate before it is replaced, so memory stays bounded over a corpus. */
  constructor(maxLearned = 200_000) {
    this.#maxLearned = maxLearned;
    this.#load();
  }

  get its(): Nlp['its'] {
    return this.#nlp.its;
  }

  /** Runs `use` on wink documents of this text's parts; what wink learned from them is then forgotten. */
  read<T>(use: (readDoc: ReadDoc) => T): T {
    const mark = this.#lexemes.list.length;
    try {
      return use(this.#nlp.readDoc);
    } finally {
      this.#forget(mark);
    }
  }

  #load(): void {
    let core: { features: { lexeme: LexemeTable } } | undefined;
    // The lexicon wink caches into is built by the model's `core()`; keep a handle on it.
    // Only sentence boundaries and POS (lemmas come with it): wink's own NER, negation and sentiment passes
    // read the tokens without changing them, and nothing here reads what they find.
    this.#nlp = winkNLP({ ...model, core: () => (core = (model as unknown as { core(): NonNullable<typeof core> }).core()) } as typeof model, ['sbd', 'pos']);
    this.#lexemes = core!.features.lexeme;
    this.#base = this.#lexemes.list.length;
  }

  #forget(mark: number): void {
    const { hash, list } = this.#lexemes;
    // Entries stay in the list (wink's packed features are aligned with it); only lookups forget them.
    for (let i = mark; i < list.length; i++) if (hash[list[i]!] === i) delete hash[list[i]!];
    if (list.length - this.#base > this.#maxLearned) this.#load();
  }
}
