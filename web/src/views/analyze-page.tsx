import { useState } from 'react';
import { api, type Doc } from '../api.ts';
import { PageHead } from './common.tsx';
import { DocView } from './doc-view.tsx';

/** Paste an article and see it analysed; nothing is stored. */
export function AnalyzePage() {
  const [text, setText] = useState('');
  const [published, setPublished] = useState('');
  const [doc, setDoc] = useState<Doc | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function run() {
    setBusy(true);
    setError(null);
    try {
      setDoc(await api.analyze(text, published || null));
      setSelected(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div>
      <PageHead title="Analyze an article">
        <p className="muted">Paste the text, one paragraph per line. It is analysed on the server and not stored.</p>
      </PageHead>
      <form className="analyze-form" onSubmit={(e) => { e.preventDefault(); void run(); }}>
        <textarea aria-label="article text" value={text} onChange={(e) => setText(e.target.value)} rows={8} placeholder="Paste an article here…" />
        <div className="filters">
          <label>Published <input type="date" value={published} onChange={(e) => setPublished(e.target.value)} /></label>
          <button type="submit" className="primary" disabled={busy || text.trim() === ''}>{busy ? 'Analyzing…' : 'Analyze'}</button>
        </div>
      </form>
      {error && <p className="error" role="alert">{error}</p>}
      {doc && <DocView doc={doc} selected={selected} onSelect={setSelected} />}
    </div>
  );
}
