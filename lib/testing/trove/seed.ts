/** The catalogue a fresh fake Trove starts with: flavors and datastores from Trove's api-ref samples. */

export interface FlavorRecord {
  id: string;
  name: string;
  ram: number;
  vcpus: number;
  disk: number;
  ephemeral: number;
}

export interface DatastoreVersionRecord {
  id: string;
  name: string;
  /** The version number (`version` in the API), e.g. 5.7.29. */
  number: string;
  active: boolean;
  /** The Glance image guests boot from (shown to admins). */
  imageId?: string;
}

export interface DatastoreRecord {
  id: string;
  name: string;
  defaultVersionId?: string;
  versions: DatastoreVersionRecord[];
}

export function seedFlavors(): FlavorRecord[] {
  return [
    { id: '1', name: 'm1.tiny', ram: 512, vcpus: 1, disk: 0, ephemeral: 0 },
    { id: '2', name: 'm1.small', ram: 2048, vcpus: 1, disk: 0, ephemeral: 0 },
    { id: '3', name: 'm1.medium', ram: 4096, vcpus: 2, disk: 0, ephemeral: 0 },
    { id: '4', name: 'm1.large', ram: 8192, vcpus: 4, disk: 0, ephemeral: 0 },
    { id: '6', name: 'm1.nano', ram: 64, vcpus: 1, disk: 0, ephemeral: 0 },
  ];
}

export function seedDatastores(): DatastoreRecord[] {
  return [
    {
      id: '75dc45e0-2c3c-47ee-a5b8-5213288e3fe2',
      name: 'mariadb',
      defaultVersionId: '9e46a201-e92e-4ae0-af89-4af12a21bb45',
      versions: [{ id: '9e46a201-e92e-4ae0-af89-4af12a21bb45', name: '10.4', number: '10.4.12', active: true }],
    },
    {
      id: '3bf89e46-c3ed-4db6-a423-6e6709ec21ef',
      name: 'mysql',
      defaultVersionId: 'b3d5c099-dbd5-4518-baa3-7c7c195671bf',
      versions: [
        { id: 'b3d5c099-dbd5-4518-baa3-7c7c195671bf', name: '5.7', number: '5.7.29', active: true },
        { id: 'c4f1a0d2-7e0b-4a51-9e61-0f3b9d7c2a11', name: '8.0', number: '8.0.21', active: true },
      ],
    },
    {
      id: 'cc9ee471-e781-43bf-a796-423c5d549997',
      name: 'postgresql',
      versions: [{ id: '4eb0179d-fe11-4556-9422-5267d2fc7625', name: '12', number: '12.4', active: true }],
    },
  ];
}
