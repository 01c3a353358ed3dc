export function LoadingView() {
  return (
    <p class="hf-loading" role="status" aria-live="polite">
      Looking for the deal…
    </p>
  );
}
