// Shows a banner when the app's WebAssembly stops (a panic traps; see src/ui/panic.rs).
(() => {
  const MESSAGE = 'Something went wrong. Your data is safe; reload the page.';

  function show(error) {
    if (!(error instanceof WebAssembly.RuntimeError)) return;
    console.error('Readout Lens stopped on an internal error:', error);
    if (document.getElementById('panic-banner') || !document.body) return;
    const banner = document.createElement('div');
    banner.id = 'panic-banner';
    banner.className = 'panic-banner';
    banner.setAttribute('role', 'alert');
    banner.setAttribute('data-testid', 'panic-banner');
    const text = document.createElement('span');
    text.textContent = MESSAGE;
    const reload = document.createElement('button');
    reload.type = 'button';
    reload.textContent = 'Reload';
    reload.addEventListener('click', () => location.reload());
    banner.append(text, reload);
    document.body.prepend(banner);
  }

  addEventListener('error', (event) => show(event.error));
  addEventListener('unhandledrejection', (event) => show(event.reason));
})();
