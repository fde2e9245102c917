/**
 * The timer's optional end sound: a short two-tone beep from the Web Audio API, so no sound
 * file ships and nothing plays unless the facilitator turned the sound on.
 */
type AudioWindow = { AudioContext?: typeof AudioContext; webkitAudioContext?: typeof AudioContext };

export function beep(win: AudioWindow = window as unknown as AudioWindow): void {
  const Context = win.AudioContext ?? win.webkitAudioContext;
  if (!Context) return;
  try {
    const audio = new Context();
    const at = audio.currentTime;
    for (const [i, frequency] of [880, 660].entries()) {
      const tone = audio.createOscillator();
      const gain = audio.createGain();
      tone.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, at + i * 0.35);
      gain.gain.exponentialRampToValueAtTime(0.3, at + i * 0.35 + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + i * 0.35 + 0.3);
      tone.connect(gain).connect(audio.destination);
      tone.start(at + i * 0.35);
      tone.stop(at + i * 0.35 + 0.32);
    }
    setTimeout(() => void audio.close(), 1000);
  } catch {
    // No audio device, or the browser refused: the end still shows.
  }
}
