import { homedir } from 'node:os';
import { join } from 'node:path';

/** Where to look for clouds.yaml and secure.yaml; injectable so tests need not touch the real home. */
export interface SearchPathOptions {
  /** @default process.cwd() */
  cwd?: string;
  /** @default os.homedir() */
  home?: string;
  /** @default process.env */
  env?: NodeJS.ProcessEnv;
  /** @default '/etc/openstack' */
  siteDir?: string;
}

const SUFFIXES = ['.yaml', '.yml', '.json'];

/** The directories openstacksdk searches, in order: `./`, the user config dir, `/etc/openstack`. */
export function configDirs(opts: SearchPathOptions = {}): string[] {
  const env = opts.env ?? process.env;
  const home = opts.home ?? env.HOME ?? homedir();
  // openstacksdk uses appdirs.user_config_dir('openstack'), which honours XDG_CONFIG_HOME.
  const userDir = join(env.XDG_CONFIG_HOME || join(home, '.config'), 'openstack');
  return [opts.cwd ?? process.cwd(), userDir, opts.siteDir ?? '/etc/openstack'];
}

/** Candidate files for `clouds` or `secure`, `OS_CLIENT_CONFIG_FILE` / `OS_CLIENT_SECURE_FILE` first when set. */
export function candidateFiles(kind: 'clouds' | 'secure', opts: SearchPathOptions = {}): string[] {
  const env = opts.env ?? process.env;
  const override = kind === 'clouds' ? env.OS_CLIENT_CONFIG_FILE : env.OS_CLIENT_SECURE_FILE;
  const files = configDirs(opts).flatMap((dir) => SUFFIXES.map((s) => join(dir, `${kind}${s}`)));
  return override ? [override, ...files] : files;
}
