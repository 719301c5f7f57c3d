/**
 * The ids of the open data are promised stable: the uuid package must give exactly the ids the hand-written UUID v5
 * gave. Expected values: written out from the code before the switch, the Unicode one also from Python's
 * uuid.uuid5 (python3 -c "import uuid; print(uuid.uuid5(uuid.UUID('f7c8c600-…'), 'ëé ünïcode/Den Ham'))").
 */
import { describe, expect, it } from 'vitest'
import { HSDS_NAMESPACE, hsdsId, uuidV5 } from '../../site/lib/hsds'

describe('open data ids (UUID v5)', () => {
  it('stay the ids published before', () => {
    expect(HSDS_NAMESPACE).toBe('f7c8c600-fd08-44bf-ac89-e3f1cfa02042')
    expect(hsdsId('aanbod', 'samen-eten')).toBe('2b468e7b-e153-5ca1-bc44-42e2dc615d54')
    expect(hsdsId('aanbod', 'samen-eten', 'locatie', 0)).toBe('bf456eed-b451-5a4d-b2f5-d27318c29e3e')
    expect(hsdsId('organisatie', 'stichting-welzijn-twenterand')).toBe('cfb9a43d-8574-5546-beb8-c20391a22bb9')
    expect(uuidV5('kern/vriezenveen')).toBe('6e8c4619-6dfe-50f9-8278-0479ad906ca8')
  })

  it('agree with Python for a name outside ASCII and for the DNS namespace', () => {
    expect(uuidV5('ëé ünïcode/Den Ham')).toBe('375e6b5b-84be-52db-87ad-38fec963121e')
    expect(uuidV5('x', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('05b16a01-46c6-56dd-bd6e-c6dfb4a1427a')
  })
})
