export interface Option<T extends string = string> {
  value: T;
  label: string;
}

/** The <option>s of a <select>, one a choice. */
export function Options<T extends string>({ options }: { options: ReadonlyArray<Option<T>> }) {
  return (
    <>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </>
  );
}
