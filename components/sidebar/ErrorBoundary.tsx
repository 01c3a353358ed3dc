import { Component, type ComponentChildren } from 'preact';
import { UnreadableView } from './UnreadableView';

interface Props {
  children?: ComponentChildren;
}
interface State {
  error: unknown;
}

/** A rendering error (a malformed day, say) shows a message instead of an empty panel. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static override getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  override render() {
    if (this.state.error) {
      const reason = this.state.error instanceof Error ? this.state.error.message : String(this.state.error);
      return <UnreadableView title="Handoff could not show this deal" reason={reason} />;
    }
    return this.props.children;
  }
}
