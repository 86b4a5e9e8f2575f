import { useState } from 'preact/hooks';

export interface PasteFormProps {
  label: string;
  submitLabel: string;
  /** Each refused entry with why, as the caller words it. */
  problems: string[];
  onSubmit: (text: string) => void;
}

/** A text box for a list the user pastes; it reports problems and saves only a clean list. */
export function PasteForm({ label, submitLabel, problems, onSubmit }: PasteFormProps) {
  const [text, setText] = useState('');
  return (
    <form
      class="paste"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(text);
      }}
    >
      <label for="paste-ips">{label}</label>
      <textarea id="paste-ips" rows={5} value={text} onInput={(e) => setText(e.currentTarget.value)} spellcheck={false} />
      {problems.length > 0 && (
        <div role="alert">
          <ul class="problems">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <button type="submit">{submitLabel}</button>
    </form>
  );
}
