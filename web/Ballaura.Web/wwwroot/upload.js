// Sends a document form (form[data-upload]) with a progress bar. Without this script the form posts as usual; either
// way the site answers with the page to show next, which the browser then opens.
document.addEventListener('submit', event => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.matches('form[data-upload]')) {
        return;
    }

    event.preventDefault();
    const progress = form.querySelector('progress');
    const status = form.querySelector('[data-upload-status]');
    const button = form.querySelector('button[type=submit]');
    const request = new XMLHttpRequest();
    request.open('POST', form.action);
    request.upload.addEventListener('progress', e => {
        if (e.lengthComputable) {
            const percent = Math.round(e.loaded / e.total * 100);
            progress.value = percent;
            status.textContent = percent < 100 ? `Sending… ${percent} %` : 'Sent. Waiting for the clinic to confirm…';
        }
    });
    request.addEventListener('load', () => window.location.assign(request.responseURL));
    request.addEventListener('error', () => {
        status.textContent = 'The document did not reach us. Please check your connection and try again, or call us.';
        button.disabled = false;
    });
    progress.hidden = false;
    button.disabled = true;
    status.textContent = 'Sending… 0 %';
    request.send(new FormData(form));
});
