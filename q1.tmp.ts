const repo = process.argv[2]!;
const { analyze } = await import(`${repo}/src/index.ts`);
for (const text of process.argv.slice(3)) {
  const doc = analyze({ text, published: null });
  console.log(doc.quotes.map((q: any) => `${q.layout} [${q.content.map((c: any) => c.text).join(' | ')}] <${q.speaker.mention?.text ?? ''}>`).join('\n'));
  console.log(doc.timexes.map((t: any) => `${t.text}:${t.type}:${t.value}`).join(', '));
}
