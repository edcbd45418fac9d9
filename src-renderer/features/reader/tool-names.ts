// Exports name a tool by its internal name ("dalle.text2im", "python"); a person knows it by what it
// does. Unknown tools keep their own name.

const TOOL_NAMES: readonly (readonly [RegExp, string])[] = [
  [/^(dalle|image_gen|t2uay3k)/, 'Image generation'],
  [/^(python|jupyter|container)/, 'Code'],
  [/^(browser|web|search)/, 'Web search'],
  [/^canmore/, 'Canvas'],
  [/^(myfiles_browser|file_search)/, 'Your files'],
  [/^bio$/, 'Memory'],
];

export function toolName(name: string): string {
  return TOOL_NAMES.find(([pattern]) => pattern.test(name))?.[1] ?? name;
}
