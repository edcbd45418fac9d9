// A remark plugin: HTML written in a message is shown as the text it is, never parsed, so a person
// sees what was written (`<img src=x onerror=…>` included) and nothing of it runs or loads.

interface MarkdownNode {
  type: string;
  value?: string;
  children?: MarkdownNode[];
}

export function remarkHtmlAsText() {
  return (tree: MarkdownNode): void => {
    const walk = (node: MarkdownNode): void => {
      if (node.type === 'html') node.type = 'text';
      node.children?.forEach(walk);
    };
    walk(tree);
  };
}
