/**
 * Offline reading (the service worker is registered on every page by
 * `src/components/ServiceWorker.astro`). On the trainers' page: the "Save for offline"
 * button asks the worker to keep the whole site, and says when it is done.
 */
import { editionOfflineStrings as offlineLabels } from '../i18n/offline-ui';

export function initSaveOffline(): void {
	const button = document.querySelector<HTMLButtonElement>('[data-offline-save]');
	const status = document.querySelector<HTMLElement>('[data-offline-status]');
	if (!button || !status) return;
	if (!('serviceWorker' in navigator) || !('caches' in window)) {
		status.textContent = offlineLabels.unsupported;
		return;
	}
	button.hidden = false;
	button.addEventListener('click', async () => {
		button.disabled = true;
		status.textContent = offlineLabels.saving;
		try {
			const registration = await navigator.serviceWorker.ready;
			const saved = await new Promise<boolean>((resolve) => {
				const channel = new MessageChannel();
				channel.port1.onmessage = (e) => resolve(Boolean((e.data as { saved?: boolean }).saved));
				registration.active!.postMessage({ type: 'save-offline' }, [channel.port2]);
			});
			status.textContent = saved ? offlineLabels.saved : offlineLabels.failed;
		} catch {
			status.textContent = offlineLabels.failed;
		}
		button.disabled = false;
	});
}
